namespace AggregatedPayments.Dictionaries;

/// <summary>Menu item names; display texts are under "Menu:" + name in the Dictionaries localization files.</summary>
public static class DictionariesMenus
{
    public const string Root = "Dictionaries";
    public const string ServiceDictionaries = Root + ".ServiceDictionaries";
    public const string ErrorDictionary = Root + ".ErrorDictionary";
}
