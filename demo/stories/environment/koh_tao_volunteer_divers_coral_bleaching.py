"""A demo story for the Environment section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, picture, quote

STORY = Story(
    slug="koh-tao-volunteer-divers-coral-bleaching",
    section="environment",
    hours_ago=330,
    authors=("onuma",),
    en=Version(
        title="Volunteer divers log coral bleaching off Koh Tao, one reef at a time",
        standfirst=(
            "Recreational divers trained as citizen scientists are surveying the island's "
            "reefs every week, giving researchers a record no research budget could pay for."
        ),
        hero_caption="A shallow reef off Koh Tao, where volunteers record bleaching each week.",
        hero_alt="Sunlight through clear blue water over a shallow coral reef",
        tags=("Coral reefs", "Koh Tao", "Citizen science"),
        body=(
            p(
                "Every Thursday morning, a dive boat leaves Koh Tao with a group who are not "
                "there for the view. Each volunteer carries a slate with a colour chart, and "
                "swims a fixed line over the reef noting how pale each coral has turned."
            ),
            p(
                "The programme, run by a marine conservation group on the island, has trained "
                "more than 400 recreational divers to survey reefs to a common method. Their "
                "records now cover 22 sites, some surveyed every week for three years."
            ),
            quote(
                "No research budget could pay for a diver at every site every week. Volunteers "
                "give us a record detailed enough to see bleaching start, not just count the "
                "damage afterwards.",
                "Dr Kanokwan Samutsakorn",
                "Marine biologist, Gulf Reef Monitoring Network",
            ),
            picture(
                "A diver holding a white slate with a colour chart beside a branching coral",
                "A volunteer compares a coral with the colour chart on her slate.",
            ),
            p(
                "During last hot season the volunteers recorded bleaching at 17 of the 22 "
                "sites. Most corals recovered their colour when the water cooled, but about "
                "one in ten colonies at the shallowest sites died."
            ),
            quote(
                "I came to Koh Tao to learn to dive and stayed two years. Watching the same "
                "reef every week, you start to feel responsible for it.",
                "Tom Ellison",
                "Volunteer surveyor",
            ),
            p(
                "Researchers use the data to advise dive shops which sites to rest when the "
                "water is hottest, spreading divers across more of the island's reefs."
            ),
            p(
                "Dive shops have largely cooperated, though some owners worry that resting "
                "popular sites at the height of the season costs them customers."
            ),
            p(
                "The group is now training Thai dive instructors to run surveys in Thai, so "
                "the programme does not depend on visitors who come and go."
            ),
        ),
    ),
)
