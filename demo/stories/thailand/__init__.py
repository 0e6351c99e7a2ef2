"""Demo stories for the Thailand section. Invented people and institutions; real places."""

from demo.stories.thailand import (
    bangkok_canal_communities_brace_for_dam_release,
    chiang_mai_schools_clean_air_rooms,
    hat_yai_electric_bus_routes_hearing,
    nan_village_telemedicine,
    overnight_bus_safety_rules,
    street_vendors_qr_permits,
    why_rents_near_new_train_lines_rise_faster_than_wages,
)

# In the order the section's stories are loaded.
STORIES = tuple(
    module.STORY
    for module in (
        bangkok_canal_communities_brace_for_dam_release,
        overnight_bus_safety_rules,
        chiang_mai_schools_clean_air_rooms,
        street_vendors_qr_permits,
        hat_yai_electric_bus_routes_hearing,
        nan_village_telemedicine,
        why_rents_near_new_train_lines_rise_faster_than_wages,
    )
)
