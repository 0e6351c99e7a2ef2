"""Demo stories for the Technology section. Invented people and institutions; real places."""

from demo.stories.technology import (
    animation_students_open_film,
    chiang_mai_cafes_court_remote_workers,
    data_centres_water_use_eastern_seaboard,
    isaan_school_coding_clubs,
    open_thai_speech_dataset,
    sim_card_limit_call_centre_scams,
)

# In the order the section's stories are loaded.
STORIES = tuple(
    module.STORY
    for module in (
        open_thai_speech_dataset,
        animation_students_open_film,
        sim_card_limit_call_centre_scams,
        chiang_mai_cafes_court_remote_workers,
        data_centres_water_use_eastern_seaboard,
        isaan_school_coding_clubs,
    )
)
