"""What the article page, its JSON-LD and the feeds read from an article's corrections."""


def corrections_of(article):
    """
    The article's corrections and updates in the editor's order. Read once
    per article object, so the page's end and its JSON-LD share one query; a
    preview shows the draft's notes, a prefetch (feeds) costs no query.
    """
    if not hasattr(article, "_corrections"):
        article._corrections = list(article.corrections.all())
    return article._corrections


def date_modified(article):
    """
    When the story last changed for a reader: its newest correction or update
    note, else the editor's "updated at", else its date. A republish for a
    typo or a new tag does not count.
    """
    dates = [article.date, article.updated_at, *(note.date for note in corrections_of(article))]
    dates = [d for d in dates if d is not None]
    return max(dates) if dates else None
