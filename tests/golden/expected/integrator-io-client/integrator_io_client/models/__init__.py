# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Contains all the data models used in inputs/outputs"""

from .auth_error import AuthError
from .color import Color
from .error import Error
from .error_errors_item import ErrorErrorsItem
from .list_widget_parts_response_200_item import ListWidgetPartsResponse200Item
from .ping_response_200 import PingResponse200
from .upload_widget_photo_body import UploadWidgetPhotoBody
from .widget import Widget

__all__ = (
    "AuthError",
    "Color",
    "Error",
    "ErrorErrorsItem",
    "ListWidgetPartsResponse200Item",
    "PingResponse200",
    "UploadWidgetPhotoBody",
    "Widget",
)
