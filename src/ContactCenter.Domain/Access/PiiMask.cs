using System.Text.RegularExpressions;

namespace ContactCenter.Domain.Access;

/// <summary>
/// Masks personal data for recipients who may not see it. The result keeps just enough for a
/// person to recognise a customer they are talking to (the mail domain, a phone's last digits),
/// never enough to contact them.
/// </summary>
public static partial class PiiMask
{
    public const string Hidden = "***";

    /// <summary>j***@example.com</summary>
    public static string Email(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? Text(email) : string.Concat(email.AsSpan(0, 1), Hidden, email.AsSpan(at));
    }

    /// <summary>
    /// +44 7700 900789 → +44 **** ***789: a country code ("+" and one to three digits before a
    /// separator) and the last three digits stay; every other digit, of any script, is hidden.
    /// </summary>
    public static string Phone(string phone)
    {
        var countryCode = CountryCode().Match(phone);
        var keepBefore = countryCode.Success ? countryCode.Length : 0;
        var maskable = Enumerable.Range(0, phone.Length).Where(i => i >= keepBefore && char.IsDigit(phone[i])).ToList();
        if (maskable.Count <= 3)
        {
            return Hidden; // Nothing would be hidden: hide it all.
        }

        var chars = phone.ToCharArray();
        foreach (var i in maskable.SkipLast(3))
        {
            chars[i] = '*';
        }

        return new string(chars);
    }

    /// <summary>Any other personal value: nothing of it is shown.</summary>
    public static string Text(string value) => value.Length == 0 ? value : Hidden;

    [GeneratedRegex(@"^\+[0-9]{1,3}(?=[ \-])")]
    private static partial Regex CountryCode();
}
