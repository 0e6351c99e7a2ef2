"""Demo stories for the Environment section. Invented people and institutions; real places."""

from demo.stories.environment import (
    bangkok_dust_work_from_home,
    koh_tao_volunteer_divers_coral_bleaching,
    trang_seagrass_dugongs,
    ubon_community_solar_cooperative,
    who_earns_from_mangrove_carbon_credits,
    wildlife_underpass_elephants,
)

# In the order the section's stories are loaded.
STORIES = tuple(
    module.STORY
    for module in (
        bangkok_dust_work_from_home,
        trang_seagrass_dugongs,
        who_earns_from_mangrove_carbon_credits,
        wildlife_underpass_elephants,
        koh_tao_volunteer_divers_coral_bleaching,
        ubon_community_solar_cooperative,
    )
)
