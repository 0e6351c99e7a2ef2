"""Demo stories for the Sport section. Invented people, clubs and institutions; real places."""

from demo.stories.sport import (
    chao_phraya_united_reach_cup_final,
    foreign_runners_chao_phraya_night_marathon,
    muay_thai_child_boxers_safety_rules,
    para_athletes_training_centre,
    sepak_takraw_school_league,
    should_universities_fund_esports_scholarships,
)

# In the order the section's stories are loaded.
STORIES = tuple(
    module.STORY
    for module in (
        muay_thai_child_boxers_safety_rules,
        chao_phraya_united_reach_cup_final,
        sepak_takraw_school_league,
        para_athletes_training_centre,
        foreign_runners_chao_phraya_night_marathon,
        should_universities_fund_esports_scholarships,
    )
)
