"""
Request plumbing that belongs to no domain: the bottom layer, beside `localization`.

`network.client_ip` (the reader's address behind our proxies) serves the login
rate limit and the view counter; `converters` registers `<db_id:...>` for the
comments and view-count URLs. They lived in `accounts`, which made the view
counter depend on reader accounts for no reason of its own. Not a Django app:
no models, templates or settings of its own.
"""
