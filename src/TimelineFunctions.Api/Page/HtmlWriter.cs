using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace TimelineFunctions.Api.Page;

/// <summary>
/// Builds HTML from interpolated strings in which every hole is HTML-encoded, so article text cannot become markup
/// by accident.
/// </summary>
/// <remarks>
/// Markup built elsewhere goes in only as <see cref="Markup"/>.
/// </remarks>
public sealed class HtmlWriter
{
    internal StringBuilder Builder { get; } = new();

    public HtmlWriter Append([InterpolatedStringHandlerArgument("")] ref HtmlHandler html) => this;

    public Markup ToMarkup() => new(Builder.ToString());

    public override string ToString() => Builder.ToString();
}

/// <summary>HTML that is already safe (built by an <see cref="HtmlWriter"/> or a literal of ours).</summary>
public readonly record struct Markup(string Value);

[InterpolatedStringHandler]
public readonly ref struct HtmlHandler
{
    private readonly StringBuilder _builder;

    public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer)
    {
        _ = literalLength;
        _ = formattedCount;
        _builder = writer.Builder;
    }

    public void AppendLiteral(string literal) => _builder.Append(literal);

    public void AppendFormatted(string? text) => _builder.Append(WebUtility.HtmlEncode(text));

    public void AppendFormatted(int number) => _builder.Append(number.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(Markup markup) => _builder.Append(markup.Value);
}
