"""Evidence photos as thumbnails: read from the attachment store, turned upright, scaled
down and embedded as JPEG, so a guide with a dozen phone photos stays small and quick.

Attachments are untrusted input: a file that is missing, is not an image after all, or
cannot be decoded gives None (the document then lists it by name).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from reportlab.platypus import Image

#: The longest side of an embedded thumbnail, in pixels (about 250 dpi at 6 cm).
MAX_PIXELS = 600


def thumbnail(path: Path, max_width: float, max_height: float) -> Image | None:
    """A flowable of the picture at `path`, fitted inside max_width x max_height points
    (aspect kept), or None when it cannot be read as an image."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # A decompression bomb is refused like any unreadable file.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(path) as source:
                source.draft("RGB", (MAX_PIXELS, MAX_PIXELS))  # JPEG: decode at 1/2, 1/4...
                picture = ImageOps.exif_transpose(source)
                picture.thumbnail((MAX_PIXELS, MAX_PIXELS))
                if picture.mode in ("RGBA", "LA", "P"):
                    picture = picture.convert("RGBA")
                    flat = PILImage.new("RGB", picture.size, (255, 255, 255))
                    flat.paste(picture, mask=picture.getchannel("A"))
                    picture = flat
                elif picture.mode != "RGB":
                    picture = picture.convert("RGB")
                buffer = io.BytesIO()
                picture.save(buffer, "JPEG", quality=85, optimize=True)
                width_px, height_px = picture.size
    except (
        OSError,
        ValueError,
        SyntaxError,
        UnidentifiedImageError,
        PILImage.DecompressionBombError,
        PILImage.DecompressionBombWarning,
    ):
        return None
    if not width_px or not height_px:
        return None
    scale = min(max_width / width_px, max_height / height_px)
    buffer.seek(0)
    return Image(buffer, width=width_px * scale, height=height_px * scale)
