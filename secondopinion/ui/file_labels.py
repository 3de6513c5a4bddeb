"""People-facing words for files: sizes and types, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondopinion.services import filetypes


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("attachments", text, disambiguation or None, n)


def human_size(size: int) -> str:
    if size < 1024:
        return tr("%n bytes", "", size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("attachments", "{0:.1f} KB").format(size / 1024)
    return QCoreApplication.translate("attachments", "{0:.1f} MB").format(size / (1024 * 1024))


def type_label(media_type: str) -> str:
    names = {
        "application/pdf": QCoreApplication.translate("attachments", "PDF document"),
        "image/png": QCoreApplication.translate("attachments", "PNG image"),
        "image/jpeg": QCoreApplication.translate("attachments", "JPEG image"),
        "image/gif": QCoreApplication.translate("attachments", "GIF image"),
        "image/tiff": QCoreApplication.translate("attachments", "TIFF image"),
        "image/bmp": QCoreApplication.translate("attachments", "BMP image"),
        "image/webp": QCoreApplication.translate("attachments", "WebP image"),
        "image/heic": QCoreApplication.translate("attachments", "HEIC photo"),
        "application/dicom": QCoreApplication.translate("attachments", "DICOM image"),
        "text/plain": QCoreApplication.translate("attachments", "Text"),
        "text/markdown": QCoreApplication.translate("attachments", "Text (Markdown)"),
        "text/csv": QCoreApplication.translate("attachments", "Table (CSV)"),
        "text/html": QCoreApplication.translate("attachments", "Web page"),
        "application/json": QCoreApplication.translate("attachments", "JSON data"),
        "application/xml": QCoreApplication.translate("attachments", "XML data"),
        "application/rtf": QCoreApplication.translate("attachments", "RTF document"),
        "application/zip": QCoreApplication.translate("attachments", "ZIP archive"),
        "application/x-ole-storage": QCoreApplication.translate(
            "attachments", "Office document (old format)"
        ),
        "application/msword": QCoreApplication.translate(
            "attachments", "Word document (old format)"
        ),
        "application/vnd.ms-excel": QCoreApplication.translate(
            "attachments", "Excel spreadsheet (old format)"
        ),
        "application/vnd.ms-powerpoint": QCoreApplication.translate(
            "attachments", "PowerPoint slides (old format)"
        ),
        "video/mp4": QCoreApplication.translate("attachments", "MP4 video"),
        "video/quicktime": QCoreApplication.translate("attachments", "QuickTime video"),
        filetypes.OCTET_STREAM: QCoreApplication.translate("attachments", "Unknown type"),
    }
    if media_type.endswith("wordprocessingml.document"):
        return QCoreApplication.translate("attachments", "Word document")
    if media_type.endswith("spreadsheetml.sheet"):
        return QCoreApplication.translate("attachments", "Excel spreadsheet")
    if media_type.endswith("presentationml.presentation"):
        return QCoreApplication.translate("attachments", "PowerPoint slides")
    if media_type.startswith("application/vnd.oasis.opendocument"):
        return QCoreApplication.translate("attachments", "OpenDocument file")
    return names.get(media_type, media_type)
