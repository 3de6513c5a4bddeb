"""People-facing words for files: sizes and types, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondopinion.services import filetypes


def human_size(size: int) -> str:
    tr = QCoreApplication.translate
    if size < 1024:
        if size == 1:
            return tr("attachments", "1 byte")
        return tr("attachments", "%n bytes", "", size)
    if size < 1024 * 1024:
        return tr("attachments", "{0:.1f} KB").format(size / 1024)
    return tr("attachments", "{0:.1f} MB").format(size / (1024 * 1024))


def type_label(media_type: str) -> str:
    tr = QCoreApplication.translate
    names = {
        "application/pdf": tr("attachments", "PDF document"),
        "image/png": tr("attachments", "PNG image"),
        "image/jpeg": tr("attachments", "JPEG image"),
        "image/gif": tr("attachments", "GIF image"),
        "image/tiff": tr("attachments", "TIFF image"),
        "image/bmp": tr("attachments", "BMP image"),
        "image/webp": tr("attachments", "WebP image"),
        "image/heic": tr("attachments", "HEIC photo"),
        "application/dicom": tr("attachments", "DICOM image"),
        "text/plain": tr("attachments", "Text"),
        "text/markdown": tr("attachments", "Text (Markdown)"),
        "text/csv": tr("attachments", "Table (CSV)"),
        "text/html": tr("attachments", "Web page"),
        "application/json": tr("attachments", "JSON data"),
        "application/xml": tr("attachments", "XML data"),
        "application/rtf": tr("attachments", "RTF document"),
        "application/zip": tr("attachments", "ZIP archive"),
        "application/x-ole-storage": tr("attachments", "Office document (old format)"),
        "application/msword": tr("attachments", "Word document (old format)"),
        "application/vnd.ms-excel": tr("attachments", "Excel spreadsheet (old format)"),
        "application/vnd.ms-powerpoint": tr("attachments", "PowerPoint slides (old format)"),
        "video/mp4": tr("attachments", "MP4 video"),
        "video/quicktime": tr("attachments", "QuickTime video"),
        filetypes.OCTET_STREAM: tr("attachments", "Unknown type"),
    }
    if media_type.endswith("wordprocessingml.document"):
        return tr("attachments", "Word document")
    if media_type.endswith("spreadsheetml.sheet"):
        return tr("attachments", "Excel spreadsheet")
    if media_type.endswith("presentationml.presentation"):
        return tr("attachments", "PowerPoint slides")
    if media_type.startswith("application/vnd.oasis.opendocument"):
        return tr("attachments", "OpenDocument file")
    return names.get(media_type, media_type)
