using Archive.Testing;

namespace Archive.Core.Tests.Copies;

/// <summary>Stories written for these tests: one wire story, and another on the same subject told in other words.</summary>
internal static class WireStories
{
    public static readonly StoryText Summit = new(
        "Kim Jong Un y Vladimir Putin se reúnen en Vladivostok",
        [
            "VLADIVOSTOK (EFE).- El líder norcoreano Kim Jong Un llegó este miércoles a la ciudad rusa de Vladivostok en su tren blindado para reunirse con el presidente ruso Vladimir Putin. Es la primera cumbre entre ambos dirigentes.",
            "Según la agencia oficial KCNA, la delegación norcoreana incluye a la hermana del líder y a varios altos mandos militares. Los dos gobiernos no publicaron la agenda del encuentro.",
            "Analistas consultados en Seúl creen que Pyongyang busca apoyo económico y alimentos a cambio de municiones para la guerra en Ucrania. Washington advirtió que cualquier acuerdo de armas violaría las sanciones de Naciones Unidas.",
            "El Kremlin dijo que las conversaciones abordarán la cooperación regional y la situación en la península de Corea. Putin también ofrecerá una cena oficial a su invitado en el cosmódromo de Vostochni.",
            "La última visita de Kim a Rusia tuvo lugar hace cuatro años, cuando ambos líderes se reunieron en la isla Russki. Entonces no firmaron ningún documento conjunto.",
        ]);

    /// <summary>The same meeting, the same names and places, reported in other words: a distinct story, never a copy.</summary>
    public static readonly StoryText SummitElsewhere = new(
        "Putin recibe a Kim en el Lejano Oriente ruso",
        [
            "MOSCÚ (Reuters).- Vladimir Putin recibió este miércoles a Kim Jong Un en el cosmódromo de Vostochni, en el Lejano Oriente ruso, en una visita que Estados Unidos sigue con preocupación.",
            "El dirigente norcoreano viajó durante dos días en tren desde Pyongyang. A su llegada fue recibido por el ministro ruso de Recursos Naturales y por una guardia de honor.",
            "Funcionarios estadounidenses temen que Corea del Norte entregue proyectiles de artillería a Rusia para la guerra en Ucrania y reciba tecnología para sus satélites y submarinos.",
            "Putin aseguró a la prensa que hablarán de todos los asuntos, incluida la ayuda humanitaria. Kim, por su parte, dijo que Rusia libra una lucha sagrada contra Occidente.",
        ]);

    public static readonly StoryText Storm = new(
        "Storm cuts power to thousands along the coast",
        [
            "MIAMI (AP) - A powerful storm swept across southern Florida on Tuesday, cutting power to more than 200,000 homes and flooding streets in several coastal towns, officials said.",
            "The National Weather Service said gusts reached 80 miles per hour near Key Largo. Schools in three counties will stay closed on Wednesday while crews clear fallen trees.",
            "Governor Ron DeSantis declared a state of emergency for twelve counties and asked residents to stay off the roads. Several shelters opened across the region overnight.",
            "Forecasters expect the storm to weaken as it moves north over Georgia later this week, but they warned that heavy rain could still cause flash flooding.",
        ]);
}
