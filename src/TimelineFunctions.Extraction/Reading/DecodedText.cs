namespace TimelineFunctions.Extraction.Reading;

/// <summary>Text decoded from bytes, with the encoding used and why it was chosen.</summary>
public sealed record DecodedText(string Text, string EncodingName, string Reason);
