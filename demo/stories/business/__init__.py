"""Demo stories for the Business section. Invented people and institutions; real places."""

from demo.stories.business import (
    can_app_loans_rescue_small_shops,
    durian_packers_cold_chain,
    household_debt_survey,
    motorbike_taxi_battery_swaps,
    nan_highland_coffee_cooperative,
    rice_exporters_weaker_baht,
)

# In the order the section's stories are loaded.
STORIES = tuple(
    module.STORY
    for module in (
        rice_exporters_weaker_baht,
        durian_packers_cold_chain,
        can_app_loans_rescue_small_shops,
        household_debt_survey,
        nan_highland_coffee_cooperative,
        motorbike_taxi_battery_swaps,
    )
)
