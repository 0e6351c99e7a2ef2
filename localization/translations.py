"""Finding the translations of several objects at once."""


def translations_by_key(queryset, objects, locale_id):
    """
    The translations into `locale_id`, found in `queryset`, of those `objects`
    that are in another locale, keyed by translation key: one query, or none
    when every object is already in that locale.
    """
    keys = {obj.translation_key for obj in objects if obj and obj.locale_id != locale_id}
    if not keys:
        return {}
    found = queryset.filter(translation_key__in=keys, locale_id=locale_id)
    return {obj.translation_key: obj for obj in found}
