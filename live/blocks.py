"""
What an update's body is made of: the article's own blocks (news/blocks.py),
minus the long-form ones (headings and fact boxes divide a story, not a
two-paragraph update), so an update looks like the rest of the paper.
"""

from wagtail import blocks

from news.blocks import (
    ArticleEmbedBlock,
    ArticleImageBlock,
    ParagraphBlock,
    PullQuoteBlock,
    RelatedStoryBlock,
)


class LiveUpdateBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = ArticleImageBlock()
    pull_quote = PullQuoteBlock()
    embed = ArticleEmbedBlock()
    related_story = RelatedStoryBlock()
