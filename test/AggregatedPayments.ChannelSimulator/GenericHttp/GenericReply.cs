namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>An answer before it is signed: the HTTP status, its content type and the exact body bytes.</summary>
public sealed record GenericReply(int StatusCode, string ContentType, byte[] Body)
{
    public static GenericReply Json(int statusCode, byte[] body) => new(statusCode, GenericProtocol.JsonContentType, body);

    public static GenericReply Error(int statusCode, string code, string message) => Json(statusCode, GenericJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("code", code);
        w.WriteString("message", message);
        w.WriteEndObject();
        w.WriteEndObject();
    }));
}
