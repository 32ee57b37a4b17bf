"""Loaded by the root schemathesis.toml: registered users' e-mails.

E-mails are mostly registered users, so that license creation reaches its success path
instead of always answering `invalid_user`. Object ids need no strategy: the spec gives
them a pattern (specs/sources/overlays/35-object-ids.yaml).
"""

import schemathesis
from hypothesis import strategies as st

from mock_api.seed import REGISTERED_EMAILS

schemathesis.openapi.format(
    "email",
    st.one_of(
        st.sampled_from(REGISTERED_EMAILS),
        st.from_regex(r"[a-z][a-z0-9]{0,10}@[a-z]{2,10}\.(com|io|org)", fullmatch=True),
    ),
)
