"""Loaded by the root schemathesis.toml: the spec's string formats as the mock checks them.

Without the `objectId` strategy schemathesis treats the format as any string, sends
`"_integrationId": "abc"` as valid data and counts the mock's 422 (ids are 24 hex digits)
as a rejected valid request. E-mails are mostly registered users, so that license creation
reaches its success path instead of always answering `invalid_user`.
"""

import schemathesis
from hypothesis import strategies as st

from mock_api.seed import REGISTERED_EMAILS

schemathesis.openapi.format(
    "objectId", st.text(alphabet="0123456789abcdef", min_size=24, max_size=24)
)
schemathesis.openapi.format(
    "email",
    st.one_of(
        st.sampled_from(REGISTERED_EMAILS),
        st.from_regex(r"[a-z][a-z0-9]{0,10}@[a-z]{2,10}\.(com|io|org)", fullmatch=True),
    ),
)
