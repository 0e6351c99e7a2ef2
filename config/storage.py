"""
Where uploaded media live: the local MEDIA_ROOT, or an S3-compatible bucket.

One app server can keep uploads on its disk (served by nginx, cached by
Varnish). Several app nodes must share them: set ``MEDIA_S3_BUCKET`` and
django-storages writes every upload (originals and renditions) to the bucket,
so a picture uploaded through one node shows through all. Works with AWS S3 and
any S3-compatible store (MinIO, Ceph, Wasabi, DigitalOcean Spaces) through
``MEDIA_S3_ENDPOINT_URL``. Credentials come the way boto3 looks for them
(``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY``, or the machine's role).
"""

S3_BACKEND = "storages.backends.s3.S3Storage"
FILE_SYSTEM_BACKEND = "django.core.files.storage.FileSystemStorage"


def media_storage(environ):
    """The `STORAGES["default"]` entry for the environment `environ`."""
    bucket = environ.get("MEDIA_S3_BUCKET", "")
    if not bucket:
        return {"BACKEND": FILE_SYSTEM_BACKEND}
    options = {
        "bucket_name": bucket,
        "location": environ.get("MEDIA_S3_PREFIX", "media"),
        # Public pages link media by plain URL, cacheable by Varnish and browsers.
        "querystring_auth": False,
        # Two uploads named alike must not overwrite each other's file.
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=86400"},
    }
    optional = {
        "endpoint_url": "MEDIA_S3_ENDPOINT_URL",
        "region_name": "MEDIA_S3_REGION",
        "custom_domain": "MEDIA_S3_CUSTOM_DOMAIN",
    }
    options.update({name: environ[var] for name, var in optional.items() if environ.get(var)})
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}
