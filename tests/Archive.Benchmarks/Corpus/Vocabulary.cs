namespace Archive.Benchmarks.Corpus;

/// <summary>
/// Built-in word lists the generator draws from, on top of the seeds' own words. Function words
/// come first in each list because a Zipf rank order puts them at the top, as in real news text.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] SpanishFunctionWords =
    [
        "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con", "no",
        "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este", "sí", "porque", "esta",
        "entre", "cuando", "muy", "sin", "sobre", "también", "me", "hasta", "hay", "donde", "quien", "desde",
        "todo", "nos", "durante", "todos", "uno", "les", "ni", "contra", "otros", "ese", "eso", "ante", "ellos",
        "e", "esto", "antes", "algunos", "unos", "otro", "otras", "otra", "él", "tanto", "esa", "estos", "mucho",
        "quienes", "nada", "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo", "según", "tras",
        "ha", "han", "fue", "son", "es", "será", "había", "dijo", "afirmó", "aseguró",
    ];

    public static readonly string[] SpanishContentWords =
    [
        "presidente", "gobierno", "país", "guerra", "acuerdo", "ministro", "seguridad", "militar", "ejército",
        "sanciones", "misiles", "nuclear", "frontera", "elecciones", "economía", "cumbre", "visita", "líder",
        "régimen", "pacto", "defensa", "ayuda", "apoyo", "armas", "municiones", "tropas", "ataque", "ofensiva",
        "alianza", "relaciones", "diplomacia", "embajada", "embajador", "canciller", "portavoz", "declaración",
        "comunicado", "agencia", "prensa", "medios", "periodistas", "fuentes", "funcionarios", "autoridades",
        "inteligencia", "informe", "análisis", "expertos", "analistas", "amenaza", "tensiones", "conflicto",
        "invasión", "territorio", "región", "península", "capital", "ciudad", "población", "ciudadanos",
        "derechos", "humanos", "libertad", "democracia", "dictadura", "poder", "control", "estado", "nación",
        "internacional", "mundial", "occidental", "oriental", "estadounidense", "ruso", "rusa", "norcoreano",
        "norcoreana", "surcoreano", "chino", "japonés", "ucraniano", "europeo", "soviético", "comercio",
        "inversión", "energía", "petróleo", "gas", "tecnología", "satélite", "cohete", "lanzamiento", "prueba",
        "ensayo", "programa", "proyecto", "plan", "estrategia", "política", "partido", "congreso", "parlamento",
        "senado", "votación", "resolución", "tratado", "negociaciones", "conversaciones", "reunión", "encuentro",
        "banquete", "ceremonia", "desfile", "limusina", "aeropuerto", "palacio", "plaza", "calle", "edificio",
        "mercado", "precio", "dinero", "millones", "dólares", "rublos", "empresas", "industria", "fábrica",
        "producción", "exportaciones", "importaciones", "suministro", "cadena", "recursos", "alimentos",
        "hambre", "crisis", "emergencia", "víctimas", "muertos", "heridos", "civiles", "soldados", "oficiales",
        "general", "comandante", "marina", "fuerza", "aérea", "buque", "submarino", "drones", "artillería",
        "proyectiles", "balística", "ojivas", "arsenal", "disuasión", "escalada", "riesgo", "peligro",
        "advertencia", "condena", "crítica", "respuesta", "reacción", "decisión", "medida", "paso", "momento",
        "semana", "mes", "año", "años", "día", "días", "martes", "miércoles", "jueves", "viernes", "lunes",
        "sábado", "domingo", "junio", "julio", "mayo", "historia", "histórico", "histórica", "décadas", "siglo",
        "futuro", "pasado", "presente", "mundo", "orden", "equilibrio", "bloque", "socios", "aliados",
        "enemigos", "rivales", "vecinos", "hermanos", "amistad", "cooperación", "asociación", "estratégica",
        "integral", "mutua", "asistencia", "inmediata", "compromiso", "promesa", "garantía", "firma", "firmaron",
        "firmó", "acordaron", "anunció", "declaró", "señaló", "indicó", "explicó", "advirtió", "criticó",
        "condenó", "celebró", "recibió", "viajó", "llegó", "salió", "regresó", "visitó", "habló", "conversó",
        "negoció", "prometió", "ofreció", "envió", "suministró", "violó", "rechazó", "aceptó", "consideró",
        "sostuvo", "subrayó", "destacó", "reconoció", "calificó", "describió", "publicó", "difundió", "mostró",
        "imágenes", "fotografías", "vídeo", "televisión", "estatal", "oficial", "secreto", "público", "privado",
        "nuevo", "nueva", "nuevos", "gran", "grande", "mayor", "menor", "mejor", "peor", "primer", "primera",
        "último", "última", "importante", "principal", "posible", "necesario", "difícil", "fácil", "claro",
        "largo", "corto", "alto", "bajo", "fuerte", "débil", "rápido", "lento", "aislado", "aislamiento",
        "legitimidad", "influencia", "presencia", "ausencia", "objetivo", "interés", "intereses", "beneficio",
        "costo", "impacto", "consecuencias", "efecto", "resultado", "cambio", "desarrollo", "crecimiento",
        "reforma", "ley", "leyes", "tribunal", "juez", "justicia", "crimen", "crímenes", "investigación",
        "denuncia", "acusación", "sospecha", "pruebas", "evidencia", "testigos", "observadores", "misión",
        "delegación", "comitiva", "anfitrión", "invitado", "huésped", "honor", "bienvenida", "despedida",
        "vínculo", "lazos", "confianza", "desconfianza", "preocupación", "inquietud", "temor", "esperanza",
        "paz", "violencia", "represión", "hambruna", "pobreza", "riqueza", "desigualdad", "sociedad", "cultura",
        "idioma", "lengua", "escuela", "universidad", "estudiantes", "trabajadores", "obreros", "campesinos",
        "frío", "calor", "invierno", "verano", "primavera", "otoño", "noche", "mañana", "tarde", "hora",
        "horas", "minutos", "aviones", "tren", "barco", "puerto", "ferrocarril", "carretera", "puente", "río",
        "montaña", "costa", "mar", "océano", "isla", "norte", "sur", "este", "oeste", "kilómetros", "zona",
        "desmilitarizada", "paralelo", "armisticio", "reunificación", "dinastía", "culto", "propaganda",
        "censura", "disidentes", "desertores", "refugiados", "migrantes", "contrabando", "ciberataques",
        "hackers", "criptomonedas", "robo", "espionaje", "espías", "diplomáticos", "visados", "turismo",
    ];

    public static readonly string[] EnglishFunctionWords =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "it", "with", "as", "was", "he", "his",
        "at", "by", "be", "from", "this", "have", "are", "has", "an", "not", "but", "they", "had", "its", "were",
        "which", "or", "their", "been", "will", "who", "would", "said", "after", "also", "more", "than", "about",
        "into", "over", "when", "there", "can", "could", "while", "other", "we", "all", "during", "against",
        "between", "since", "including", "both", "before", "under", "those", "these", "such", "most", "some",
    ];

    public static readonly string[] EnglishContentWords =
    [
        "president", "government", "country", "war", "agreement", "minister", "security", "military", "army",
        "sanctions", "missiles", "nuclear", "border", "elections", "economy", "summit", "visit", "leader",
        "regime", "pact", "defense", "aid", "support", "weapons", "ammunition", "troops", "attack", "offensive",
        "alliance", "relations", "diplomacy", "embassy", "ambassador", "spokesperson", "statement", "agency",
        "press", "media", "reporters", "sources", "officials", "authorities", "intelligence", "report",
        "analysis", "experts", "analysts", "threat", "tensions", "conflict", "invasion", "territory", "region",
        "peninsula", "capital", "city", "population", "citizens", "rights", "human", "freedom", "democracy",
        "dictatorship", "power", "control", "state", "nation", "international", "global", "western", "eastern",
        "american", "russian", "korean", "chinese", "japanese", "ukrainian", "european", "soviet", "trade",
        "investment", "energy", "oil", "technology", "satellite", "rocket", "launch", "test", "program",
        "project", "plan", "strategy", "policy", "party", "congress", "parliament", "senate", "vote",
        "resolution", "treaty", "negotiations", "talks", "meeting", "banquet", "ceremony", "parade", "limousine",
        "airport", "palace", "square", "street", "building", "market", "price", "money", "million", "dollars",
        "companies", "industry", "factory", "production", "exports", "imports", "supply", "chain", "resources",
        "food", "hunger", "crisis", "emergency", "victims", "dead", "wounded", "civilians", "soldiers",
        "general", "commander", "navy", "force", "air", "ship", "submarine", "drones", "artillery", "shells",
        "ballistic", "warheads", "arsenal", "deterrence", "escalation", "risk", "danger", "warning",
        "condemnation", "criticism", "response", "reaction", "decision", "measure", "step", "moment", "week",
        "month", "year", "years", "day", "days", "tuesday", "wednesday", "thursday", "friday", "monday", "june",
        "july", "history", "historic", "decades", "century", "future", "past", "world", "order", "balance",
        "bloc", "partners", "allies", "enemies", "rivals", "neighbors", "friendship", "cooperation",
        "partnership", "strategic", "comprehensive", "mutual", "assistance", "immediate", "commitment",
        "promise", "signed", "agreed", "announced", "declared", "noted", "explained", "warned", "criticized",
        "condemned", "celebrated", "received", "traveled", "arrived", "left", "returned", "visited", "spoke",
        "negotiated", "promised", "offered", "sent", "supplied", "violated", "rejected", "accepted", "considered",
        "stressed", "highlighted", "acknowledged", "described", "published", "released", "showed", "images",
        "photos", "video", "television", "official", "secret", "public", "private", "new", "great", "largest",
        "first", "last", "important", "main", "possible", "necessary", "difficult", "clear", "long", "short",
        "high", "strong", "weak", "fast", "isolated", "isolation", "legitimacy", "influence", "presence",
        "goal", "interest", "interests", "benefit", "cost", "impact", "consequences", "effect", "result",
        "change", "development", "growth", "reform", "law", "court", "judge", "justice", "crime", "crimes",
        "investigation", "accusation", "evidence", "witnesses", "observers", "mission", "delegation", "host",
        "guest", "honor", "welcome", "bond", "ties", "trust", "concern", "fear", "hope", "peace", "violence",
        "repression", "famine", "poverty", "society", "culture", "language", "school", "university",
        "students", "workers", "winter", "summer", "night", "morning", "hour", "hours", "planes", "train",
        "port", "railway", "road", "bridge", "river", "coast", "sea", "island", "north", "south", "miles",
        "zone", "demilitarized", "armistice", "reunification", "dynasty", "propaganda", "censorship",
        "dissidents", "defectors", "refugees", "smuggling", "cyberattacks", "hackers", "cryptocurrency",
        "theft", "espionage", "spies", "diplomats", "visas", "tourism", "offering", "offerings", "strongman",
    ];

    /// <summary>People, each as (Spanish form, English form).</summary>
    public static readonly (string Es, string En)[] People =
    [
        ("Vladimir Putin", "Vladimir Putin"), ("Putin", "Putin"), ("Kim Jong Un", "Kim Jong Un"), ("Kim", "Kim"),
        ("Antony Blinken", "Antony Blinken"), ("Blinken", "Blinken"), ("Xi Jinping", "Xi Jinping"),
        ("Joe Biden", "Joe Biden"), ("Biden", "Biden"), ("Volodímir Zelenski", "Volodymyr Zelensky"),
        ("Serguéi Lavrov", "Sergei Lavrov"), ("Lavrov", "Lavrov"), ("Yoon Suk Yeol", "Yoon Suk Yeol"),
        ("Kim Yo Jong", "Kim Yo Jong"), ("Choe Son Hui", "Choe Son Hui"), ("Serguéi Shoigú", "Sergei Shoigu"),
        ("Dmitri Peskov", "Dmitry Peskov"), ("Fumio Kishida", "Fumio Kishida"), ("António Guterres", "Antonio Guterres"),
        ("Kim Il Sung", "Kim Il Sung"), ("Kim Jong Il", "Kim Jong Il"), ("Lloyd Austin", "Lloyd Austin"),
    ];

    /// <summary>Places and institutions, each as (Spanish form, English form).</summary>
    public static readonly (string Es, string En)[] Places =
    [
        ("Pyongyang", "Pyongyang"), ("Moscú", "Moscow"), ("Seúl", "Seoul"), ("Washington", "Washington"),
        ("Pekín", "Beijing"), ("Kiev", "Kyiv"), ("Tokio", "Tokyo"), ("Vladivostok", "Vladivostok"),
        ("Ucrania", "Ukraine"), ("Rusia", "Russia"), ("China", "China"), ("Japón", "Japan"), ("Irán", "Iran"),
        ("Corea del Norte", "North Korea"), ("Corea del Sur", "South Korea"), ("Estados Unidos", "United States"),
        ("el Kremlin", "the Kremlin"), ("la Casa Blanca", "the White House"), ("el Pentágono", "the Pentagon"),
        ("Naciones Unidas", "United Nations"), ("el Consejo de Seguridad", "the Security Council"),
        ("la OTAN", "NATO"), ("la Unión Europea", "the European Union"), ("la KCNA", "KCNA"),
        ("Siberia", "Siberia"), ("el mar de Japón", "the Sea of Japan"), ("Panmunjom", "Panmunjom"),
        ("Donetsk", "Donetsk"), ("Járkov", "Kharkiv"), ("Crimea", "Crimea"),
    ];

    /// <summary>Phrases news repeats verbatim, so exact-phrase queries have something to find.</summary>
    public static readonly string[] SpanishPhrases =
    [
        "Corea del Norte", "Consejo de Seguridad", "guerra de Ucrania", "derechos humanos",
        "ayuda mutua", "secretario de Estado", "agencia de noticias", "península de Corea",
        "líder supremo", "programa nuclear", "misiles balísticos", "asociación estratégica integral",
        "zona desmilitarizada", "Naciones Unidas", "Unión Soviética", "acuerdo histórico",
    ];

    public static readonly string[] EnglishPhrases =
    [
        "North Korea", "Security Council", "war in Ukraine", "human rights", "mutual aid",
        "Secretary of State", "news agency", "Korean Peninsula", "supreme leader", "nuclear program",
        "ballistic missiles", "comprehensive strategic partnership", "demilitarized zone", "United Nations",
        "Soviet Union", "historic agreement",
    ];

    /// <summary>Scraping debris of the kind the importer's noise rules exist for.</summary>
    public static readonly string[] SpanishPromoLines =
    [
        "HAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS",
        "Haz clic aquí para suscribirte a nuestro boletín",
        "Suscríbete para recibir las últimas noticias",
        "Comparte este contenido",
        "Lea también: las claves de la cumbre entre Rusia y Corea del Norte",
        "-",
    ];

    public static readonly string[] EnglishPromoLines =
    [
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Click here to get the Fox News app",
        "Sign up for our daily newsletter",
        "PREV Russia and North Korea sign defense pact",
        "NEXT Kim Jong Un greets Putin in Pyongyang",
        "-",
    ];
}
