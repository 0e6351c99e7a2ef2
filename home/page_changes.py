"""
Forget a cached value when editors change the pages it was built from.

A ``post_delete`` receiver connected without a sender runs for every model,
and Django then can no longer delete rows in bulk anywhere (pruning thousands
of view-count rows cost a query per batch instead of one). So each receiver
here is connected once per page class, for exactly the classes the cache
depends on.
"""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

# What changes a page's title, URL, place in the tree or its being live.
PAGE_CHANGE_SIGNALS = (page_published, page_unpublished, post_page_move, post_delete)


def forget_on_page_changes(forget, page_types, dispatch_uid):
    """
    Call `forget()` whenever a page of one of `page_types` (concrete classes:
    Wagtail sends the specific class) is published, unpublished, moved or
    deleted. `dispatch_uid` keeps a second call from connecting it twice.
    """

    def forget_page_change(sender, **kwargs):
        forget()

    for page_type in page_types:
        for signal in PAGE_CHANGE_SIGNALS:
            signal.connect(
                forget_page_change, sender=page_type, weak=False, dispatch_uid=dispatch_uid
            )
