using System.Collections;
using System.Globalization;
using System.Resources;
using Archive.Web.Resources;

namespace Archive.Web.Tests.Localization;

public sealed class ResourceTests
{
    [Fact]
    public void Spanish_and_english_have_the_same_ui_strings_and_none_is_empty()
    {
        var resources = new ResourceManager(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

        var spanish = Strings(resources, "es");
        var english = Strings(resources, "en");

        Assert.NotEmpty(spanish);
        Assert.Equal(spanish.Keys.Order(), english.Keys.Order());
        Assert.All(spanish.Concat(english), s => Assert.False(string.IsNullOrWhiteSpace(s.Value), s.Key));
    }

    private static Dictionary<string, string> Strings(ResourceManager resources, string culture) =>
        resources.GetResourceSet(new CultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
