"""
Tags per language (news/tags.py): taggit's global tags become ArticleTags, one
for each language a tag was used in, and every article's tags, in its rows and
in its revisions, point at the tag of the article's language.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models

import news.tags


class TagsPerLanguage:
    """The ArticleTag for a taggit tag in a locale, created on first use."""

    def __init__(self, apps):
        self.old_tags = apps.get_model("taggit", "Tag").objects
        self.new_tags = apps.get_model("news", "ArticleTag").objects
        self.found = {}

    def get(self, old_tag_id, locale_id):
        key = (old_tag_id, locale_id)
        if key not in self.found:
            old = self.old_tags.filter(pk=old_tag_id).first()
            self.found[key] = (
                old
                and self.new_tags.get_or_create(
                    locale_id=locale_id, name=old.name, defaults={"slug": old.slug}
                )[0]
            )
        return self.found[key]


def tags_per_language(apps, schema_editor):
    tags = TagsPerLanguage(apps)
    for item in apps.get_model("news", "ArticlePageTag").objects.select_related("content_object"):
        item.article_tag = tags.get(item.tag_id, item.content_object.locale_id)
        item.save(update_fields=["article_tag"])
    relink_revisions(apps, lambda tag_id, locale_id: tags.get(tag_id, locale_id))


def global_tags(apps, schema_editor):
    """Back to taggit's tags, by name (for a rollback)."""
    old_tags = apps.get_model("taggit", "Tag").objects
    new_tags = apps.get_model("news", "ArticleTag").objects

    def old_tag(new_tag_id, locale_id=None):
        new = new_tags.filter(pk=new_tag_id).first()
        return new and old_tags.get_or_create(name=new.name, defaults={"slug": new.slug})[0]

    for item in apps.get_model("news", "ArticlePageTag").objects.all():
        item.tag = old_tag(item.article_tag_id)
        item.save(update_fields=["tag"])
    relink_revisions(apps, old_tag)


def relink_revisions(apps, tag_for):
    """Point the tagged items in every article revision at `tag_for(old id, locale)`."""
    content_type = apps.get_model("contenttypes", "ContentType").objects.filter(
        app_label="news", model="articlepage"
    )
    revisions = apps.get_model("wagtailcore", "Revision").objects.filter(
        content_type__in=content_type
    )
    for revision in revisions.iterator():
        items = revision.content.get("tagged_items") or []
        for item in items:
            tag = tag_for(item.get("tag"), revision.content.get("locale"))
            item["tag"] = tag.pk if tag else None
        if items:
            revision.content["tagged_items"] = [item for item in items if item["tag"]]
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0003_articlepage_comments_open"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ArticleTag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(max_length=100, verbose_name="name")),
                ("slug", models.SlugField(allow_unicode=True, max_length=100, verbose_name="slug")),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "tag",
                "verbose_name_plural": "tags",
                "ordering": ["name"],
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
                "constraints": [
                    models.UniqueConstraint(
                        fields=("locale", "name"), name="unique_tag_name_per_locale"
                    ),
                    models.UniqueConstraint(
                        fields=("locale", "slug"), name="unique_tag_slug_per_locale"
                    ),
                ],
            },
        ),
        migrations.AddField(
            model_name="articlepagetag",
            name="article_tag",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="news.articletag",
            ),
        ),
        migrations.AlterField(
            model_name="articlepagetag",
            name="tag",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="news_articlepagetag_items",
                to="taggit.tag",
            ),
        ),
        migrations.RunPython(tags_per_language, global_tags, elidable=False),
        migrations.RemoveField(model_name="articlepagetag", name="tag"),
        migrations.RenameField(model_name="articlepagetag", old_name="article_tag", new_name="tag"),
        migrations.AlterField(
            model_name="articlepagetag",
            name="tag",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="tagged_items",
                to="news.articletag",
            ),
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="tags",
            field=news.tags.LocaleTaggableManager(
                blank=True,
                help_text="A comma-separated list of tags.",
                through="news.ArticlePageTag",
                to="news.ArticleTag",
                verbose_name="tags",
            ),
        ),
    ]
