"""A demo story for the Technology section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
    slug="chiang-mai-cafes-court-remote-workers",
    section="technology",
    hours_ago=102,
    authors=("nattawut",),
    en=Version(
        title="Chiang Mai's cafés court a new wave of remote workers, and landlords take note",
        standfirst=(
            "Fast fibre, long-stay visas and cheap rents have brought thousands of remote "
            "workers to the northern city. Not everyone in the old town is pleased."
        ),
        hero_caption="Laptops and iced coffee in a Nimmanhaemin café on a weekday afternoon.",
        hero_alt="Several people working on laptops at long wooden tables in a bright café",
        tags=("Remote work", "Chiang Mai", "Tourism"),
        body=(
            p(
                "On a weekday afternoon in Nimmanhaemin, almost every table in one of the "
                "street's larger cafés holds a laptop. Some customers are students; many are "
                "remote workers from abroad and from Bangkok, staying for months at a time."
            ),
            p(
                "Café owners have adapted: power sockets at every seat, quiet rooms for video "
                "calls that can be booked by the hour, and monthly passes that include coffee."
            ),
            quote(
                "A tourist buys one coffee and leaves. A remote worker comes every day for "
                "three months. We changed the whole shop around them.",
                "Kanyarat Inthong",
                "Owner of a co-working café in Nimmanhaemin",
            ),
            p(
                "Landlords have noticed too. Agents say monthly rents for furnished "
                "condominiums near the old city have risen by about a fifth in two years, as "
                "owners switch from long leases with local tenants to short stays."
            ),
            related(
                "nan-highland-coffee-cooperative",
                "why-rents-near-new-train-lines-rise-faster-than-wages",
            ),
            quote(
                "Remote workers bring money into the city, but they compete with young local "
                "people for the same rooms. The city needs to count both sides of that ledger.",
                "Dr Siriporn Kaewmanee",
                "Urban economist, Lanna Institute of Social Research",
            ),
            p(
                "Some residents of the old town worry about noise and rising prices at local "
                "markets, while others have opened guesthouses and language classes for the "
                "newcomers."
            ),
            p(
                "Agents who help foreigners with paperwork say demand for long-stay visas has "
                "roughly doubled in three years, though many remote workers still come on "
                "tourist visas for shorter spells."
            ),
            p(
                "The provincial chamber of commerce is surveying how long remote workers stay "
                "and how much they spend, and expects to publish the results early next year."
            ),
        ),
    ),
)
