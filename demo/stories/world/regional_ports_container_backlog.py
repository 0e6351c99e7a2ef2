"""A demo story for the World section. Invented people and institutions; real places."""

from demo.schema import Story, Version, h2, p, quote, related

STORY = Story(
    slug="regional-ports-container-backlog",
    section="world",
    hours_ago=15,
    authors=("thanaphon", "sasithorn"),
    en=Version(
        title="Regional ports race to clear container backlog after a week of storms",
        standfirst=(
            "Ships queued off three of Southeast Asia's busiest ports while cranes stood idle "
            "in high winds. Exporters of fresh fruit are counting the cost."
        ),
        hero_caption="Container ships waiting at anchor outside a port after the storms.",
        hero_alt="Container ships at anchor on a grey sea, cranes on the shore behind",
        tags=("Shipping", "Trade", "Weather"),
        body=(
            p(
                "Port operators across the region are working round the clock to clear a "
                "backlog of containers after a week of storms forced cranes to stop and left "
                "dozens of ships waiting at anchor."
            ),
            p(
                "At the height of the disruption, more than 60 vessels were queuing outside "
                "three of the region's busiest ports, according to the Southeast Asian "
                "Shipping Forum, an industry group. Waiting times for a berth stretched to "
                "four days."
            ),
            quote(
                "A crane cannot work in winds above a certain speed, however urgent the cargo. "
                "We lost almost three full working days, and every day lost takes two to "
                "recover.",
                "Captain Lim Wei Jie",
                "Operations director, Straits Terminal Services",
            ),
            p(
                "The worst hit are exporters of fresh produce. Durian, mangosteen and "
                "vegetables travel in refrigerated containers that must be plugged in while "
                "they wait, and yards have only so many power points."
            ),
            related("durian-packers-cold-chain", "nan-highland-coffee-cooperative"),
            h2("Cheaper to wait than to divert"),
            p(
                "Some shipping lines considered sending vessels to smaller ports nearby, but "
                "most chose to wait: smaller terminals lack the cranes and the road links to "
                "move thousands of containers quickly."
            ),
            quote(
                "The storms will be forgotten in a fortnight. What exporters will remember is "
                "whether the ports told them honestly how long the wait would be.",
                "Dr Ananya Rattanakul",
                "Logistics economist, Gulf of Thailand Trade Institute",
            ),
            p(
                "Exporters say the delays have also shown how few refrigerated containers can "
                "be found at short notice. Several fruit packers in eastern Thailand held "
                "back shipments for a week because empty reefer boxes were stuck on ships "
                "waiting offshore."
            ),
            p(
                "Port operators expect the queue to be cleared by the end of next week, "
                "provided the weather holds. Freight forwarders are warning customers to allow "
                "extra days for shipments booked this month."
            ),
        ),
    ),
)
