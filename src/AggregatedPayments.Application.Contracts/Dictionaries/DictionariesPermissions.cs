namespace AggregatedPayments.Dictionaries;

/// <summary>Reading is for both sides (forms and validation need dictionaries); changing them is the platform's.</summary>
public static class DictionariesPermissions
{
    public const string GroupName = "AggregatedPayments.Dictionaries";

    public static class Dictionaries
    {
        public const string Default = GroupName;
        public const string Manage = Default + ".Manage";
    }

    public static class ErrorDictionary
    {
        public const string Default = GroupName + ".ErrorDictionary";
        public const string Manage = Default + ".Manage";
    }
}
