"""A demo story for the Sport section. Invented people, clubs and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
    slug="foreign-runners-chao-phraya-night-marathon",
    section="sport",
    hours_ago=190,
    authors=("kritsada",),
    en=Version(
        title="Why do foreign runners keep coming back to a marathon that starts at 2am?",
        standfirst=(
            "The Chao Phraya Night Marathon sets off in the small hours to beat the heat. A "
            "third of its runners now come from abroad, and many return year after year."
        ),
        hero_caption="Runners cross a bridge over the Chao Phraya before dawn.",
        hero_alt="A stream of runners with head torches crossing a lit bridge at night",
        tags=("Running", "Marathon", "Bangkok"),
        body=(
            p(
                "At two in the morning, when most of Bangkok is asleep, several thousand "
                "runners gather on a riverside road for the start of the Chao Phraya Night "
                "Marathon. By sunrise the fastest are finished; by eight, the sweepers are "
                "folding up the last water tables."
            ),
            p(
                "The race starts in the small hours to avoid the heat, and organisers say that "
                "is exactly what draws runners from abroad: a rare chance to run through a "
                "great city with its streets almost empty."
            ),
            quote(
                "Running across the river with the temples lit up and nobody else around is "
                "something you cannot do on any other day. That is why I have come back four "
                "times.",
                "Hannah Weber",
                "Amateur runner from Hamburg",
            ),
            p(
                "About a third of this year's entrants came from abroad, the largest groups "
                "from Japan, Singapore and Europe. Hotels near the start offer late checkout "
                "and breakfast from 9am."
            ),
            related("should-universities-fund-esports-scholarships"),
            quote(
                "Heat is the biggest risk in any tropical marathon. Starting at two gives "
                "runners four cool hours, and we put medical teams every three kilometres.",
                "Dr Chalermchai Wattana",
                "Race medical director",
            ),
            p(
                "Local runners have mixed feelings: some love the atmosphere, while others "
                "say the early start makes the race hard for anyone working a Saturday shift."
            ),
            p(
                "Residents along the route are part of the draw. Food stalls open specially, "
                "and neighbourhood groups hand out cold towels and play music outside their "
                "homes at three in the morning."
            ),
            p(
                "Entries for next year's race open next month, with places held back for "
                "runners from the provinces."
            ),
        ),
    ),
)
