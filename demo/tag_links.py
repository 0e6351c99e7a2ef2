"""Thai and English demo tags linked as translations of each other."""

from news.tags import ArticleTag


def link_tag_translations(story, th, en):
    """
    Each English tag becomes the translation of the Thai tag in the same
    place (when both lists are as long), as a translator would make it
    in wagtail-localize; a tag already linked keeps its link.
    """
    if not (story.th and story.en) or len(story.th.tags) != len(story.en.tags):
        return
    for th_name, en_name in zip(story.th.tags, story.en.tags, strict=True):
        thai = ArticleTag.objects.get(locale=th, name=th_name)
        english = ArticleTag.objects.get(locale=en, name=en_name)
        linked_elsewhere = (
            ArticleTag.objects.filter(
                translation_key__in=[thai.translation_key, english.translation_key]
            )
            .exclude(pk__in=[thai.pk, english.pk])
            .exists()
        )
        if thai.translation_key != english.translation_key and not linked_elsewhere:
            english.translation_key = thai.translation_key
            english.save(update_fields=["translation_key"])
