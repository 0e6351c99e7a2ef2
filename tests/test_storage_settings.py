"""
Media storage for several app nodes (config/storage.py): django-storages on an
S3-compatible bucket when MEDIA_S3_BUCKET is set. Configuration only: no object
store runs here, so nothing is uploaded.
"""

from django.core.files.storage import storages
from storages.backends.s3 import S3Storage

from config.storage import FILE_SYSTEM_BACKEND, S3_BACKEND, media_storage

BUCKET_ENV = {
    "MEDIA_S3_BUCKET": "newsroom-media",
    "MEDIA_S3_ENDPOINT_URL": "https://s3.example-objects.co.th",
    "MEDIA_S3_REGION": "ap-southeast-1",
    "MEDIA_S3_CUSTOM_DOMAIN": "media.example.co.th",
}


def test_without_a_bucket_uploads_stay_on_disk():
    assert media_storage({}) == {"BACKEND": FILE_SYSTEM_BACKEND}


def test_a_bucket_switches_uploads_to_s3():
    storage = media_storage(BUCKET_ENV)
    assert storage["BACKEND"] == S3_BACKEND
    assert storage["OPTIONS"]["bucket_name"] == "newsroom-media"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example-objects.co.th"
    assert storage["OPTIONS"]["region_name"] == "ap-southeast-1"


def test_optional_settings_left_out_keep_django_storages_defaults():
    options = media_storage({"MEDIA_S3_BUCKET": "b"})["OPTIONS"]
    assert not {"endpoint_url", "region_name", "custom_domain"} & options.keys()


def test_the_configured_storage_builds_public_uncached_urls(settings):
    # Public pages link media by plain URL (no expiring signature), so Varnish
    # and browsers can cache the pages that show them.
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(BUCKET_ENV)}
    storage = storages.create_storage(settings.STORAGES["default"])
    assert isinstance(storage, S3Storage)
    url = storage.url("images/ช้าง.jpg")
    assert url.startswith("https://media.example.co.th/media/images/")
    assert "Signature" not in url and "X-Amz" not in url


def test_uploads_never_overwrite_each_other():
    storage = S3Storage(**media_storage(BUCKET_ENV)["OPTIONS"])
    assert storage.file_overwrite is False
    assert storage.object_parameters["CacheControl"].startswith("public")
