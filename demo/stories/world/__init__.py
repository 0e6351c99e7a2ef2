"""Demo stories for the World section. Invented people and institutions; real places."""

from demo.stories.world import (
    asian_cities_heat_action_plans,
    mekong_council_dry_season_talks,
    regional_ports_container_backlog,
    satellite_tracking_fishing_fleets,
    undersea_cable_cut_slows_internet,
    why_rich_countries_recruit_southeast_asian_nurses,
)

# In the order the section's stories are loaded.
STORIES = tuple(
    module.STORY
    for module in (
        mekong_council_dry_season_talks,
        regional_ports_container_backlog,
        asian_cities_heat_action_plans,
        why_rich_countries_recruit_southeast_asian_nurses,
        undersea_cable_cut_slows_internet,
        satellite_tracking_fishing_fleets,
    )
)
