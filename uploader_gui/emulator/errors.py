"""api.video's problem-details errors, as the emulator answers them.

Every error the emulator can give lives in `CATALOGUE`, so a title or a status is written once.
The ``type`` URL is ``https://docs.api.video/reference/<slug>``: api.video names each error page
that way, and its OpenAPI examples follow the same scheme.
"""

from __future__ import annotations

from typing import Any

DOCS_BASE = "https://docs.api.video/reference/"

_CR = 'the "Content-Range" header'

#: slug -> (HTTP status, title)
CATALOGUE: dict[str, tuple[int, str]] = {
    # authentication
    "authentication-invalid-user-credentials": (400, "The user credentials were incorrect."),
    "authentication-invalid-api-key": (401, "The API key is invalid."),
    "authentication-invalid-access-token": (401, "The access token is invalid or expired."),
    "authentication-invalid-upload-token": (401, "The upload token is invalid or expired."),
    "authentication-invalid-refresh-token": (401, "The refresh token is invalid."),
    "authentication-invalid-authorization-header-value": (
        401,
        'The "Authorization" header value is invalid.',
    ),
    "authentication-missing-authorization-header": (401, 'The "Authorization" header is missing.'),
    "authentication-missing-upload-token": (401, "The upload token is missing."),
    # general
    "invalid-attribute": (400, "Invalid attributes."),
    "invalid-payload": (400, "The payload is invalid."),
    "invalid-query-parameter": (400, "A query parameter is invalid."),
    "resource-not-found": (404, "The requested resource was not found."),
    "unrecognized-request-url": (404, "Unrecognized request URL."),
    "method-not-allowed": (405, "Method is not allowed for this route."),
    "too-many-requests": (429, "Too many requests."),
    "server-error": (500, "Server error"),
    "service-unavailable": (503, "Service unavailable."),
    # Content-Range: general
    "video-content-range-malformed": (
        400,
        'The value of the "Content-Range" header is malformed, the expected format is '
        '"bytes <from_byte>-<to_byte>/<total_bytes>" or "part <part>/<total_parts>".',
    ),
    "video-content-range-started-with-part": (
        400,
        'This "Content-Range" upload has been started with "part", '
        'you cannot continue it with "bytes".',
    ),
    "video-content-range-started-with-bytes": (
        400,
        'This "Content-Range" upload has been started with "bytes", '
        'you cannot continue it with "part".',
    ),
    "video-content-range-already-initiated": (
        400,
        'This video source has already been initiated with a "Content-Range" upload.',
    ),
    # Content-Range: bytes
    "video-content-range-by-bytes-different-total-bytes": (
        400,
        f'The "total_bytes" value in {_CR} must be the same than the one you already set '
        "for this video.",
    ),
    "video-content-range-by-bytes-from-byte-too-high": (
        400,
        f'The "from_byte" value in {_CR} is higher than the "to_byte" value.',
    ),
    "video-content-range-by-bytes-range-mismatch": (
        400,
        f"The size of the file you sent is different than the range length you set in {_CR}.",
    ),
    "video-content-range-by-bytes-range-overlap": (
        400,
        f"The range in {_CR} overlaps with a previous one you already sent for this video.",
    ),
    "video-content-range-by-bytes-range-too-small": (400, f"The range in {_CR} is too small."),
    "video-content-range-by-bytes-range-too-large": (400, f"The range in {_CR} is too large."),
    "video-content-range-by-bytes-to-byte-too-high-allowed": (
        400,
        f'The "to_byte" value in {_CR} is higher than the maximum upper bound allowed for a video.',
    ),
    "video-content-range-by-bytes-to-byte-too-high-total": (
        400,
        f'The "to_byte" value in {_CR} is higher than the "total_bytes" value you set '
        "for this video.",
    ),
    "video-content-range-by-bytes-total-bytes-too-high": (
        400,
        f'The "total_bytes" value in {_CR} is higher than the maximum allowed limit.',
    ),
    "video-content-range-by-bytes-total-bytes-too-low": (
        400,
        f'The "total_bytes" value in {_CR} is lower than or equal to the upper bound of a '
        "range you already sent for this video.",
    ),
    "video-content-range-by-bytes-total-bytes-zero": (
        400,
        f'The "total_bytes" value in {_CR} must be greater than 0.',
    ),
    # Content-Range: part
    "video-content-range-by-part-different-total-parts": (
        400,
        f'The "total_parts" value in {_CR} must be the same than the one you already set '
        "for this video.",
    ),
    "video-content-range-by-part-part-already-sent": (
        400,
        f'The "part" value in {_CR} collides with a previous one you already sent for this video.',
    ),
    "video-content-range-by-part-part-too-high-allowed": (
        400,
        f'The "part" value in {_CR} is higher than the maximum number of parts allowed '
        "for a video.",
    ),
    "video-content-range-by-part-part-too-high-total": (
        400,
        f'The "part" value in {_CR} is higher than the maximum number of parts allowed '
        "for a video.",
    ),
    "video-content-range-by-part-part-zero": (
        400,
        f'The "part" value in {_CR} must be greater than 0.',
    ),
    "video-content-range-by-part-total-parts-too-high": (
        400,
        f'The "total_parts" value in {_CR} is higher than the maximum number of parts '
        "allowed for a video.",
    ),
    "video-content-range-by-part-total-parts-too-low": (
        400,
        f'The "total_parts" value in {_CR} is lower than or equal to a part number you '
        "already sent for this video.",
    ),
    "video-content-range-by-part-total-parts-zero": (
        400,
        f'The "total_parts" value in {_CR} must be greater than 0.',
    ),
    "video-content-range-by-part-uploaded-file-too-small": (
        400,
        "The uploaded file is too small.",
    ),
    # uploaded files
    "uploaded-file-empty": (400, "The uploaded file is empty."),
    "uploaded-file-invalid-file": (400, "The uploaded file is invalid."),
    "uploaded-file-multiple-files": (400, "There are more than one uploaded file in the request."),
    "uploaded-file-no-file": (400, "There is no uploaded file in the request."),
    "uploaded-file-too-large": (400, "The uploaded file is too large."),
    "uploaded-file-extension-invalid": (
        400,
        "Only [jpeg, jpg, JPG, JPEG, png, PNG, webp, WEBP] extensions are supported.",
    ),
    "video-source-already-uploaded": (400, "This video source has already been uploaded."),
}


class ApiError(Exception):
    """An answer in problem+json; raised anywhere in a handler, rendered by a middleware."""

    def __init__(
        self,
        slug: str,
        *,
        name: str | None = None,
        detail: str | None = None,
        problems: list[dict[str, str]] | None = None,
        status: int | None = None,
        title: str | None = None,
    ) -> None:
        known_status, known_title = CATALOGUE[slug]
        title = title if title is not None else known_title
        super().__init__(f"{slug}: {title}")
        self.slug = slug
        self.status = status if status is not None else known_status
        self.title = title
        self.name = name
        self.detail = detail
        self.problems = problems

    def body(self) -> dict[str, Any]:
        """The problem-details object."""
        out: dict[str, Any] = {
            "type": DOCS_BASE + self.slug,
            "title": self.title,
            "status": self.status,
        }
        if self.name is not None:
            out["name"] = self.name
        if self.detail is not None:
            out["detail"] = self.detail
        if self.problems:
            out["problems"] = self.problems
        return out


def attribute_problem(name: str, title: str) -> dict[str, str]:
    """One entry of ``problems[]`` for a bad request attribute."""
    return {"type": DOCS_BASE + "invalid-attribute", "title": title, "name": name}
