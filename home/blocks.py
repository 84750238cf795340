"""The one StreamField block library every page type shares.

Each block renders with its own template in ``templates/blocks/``. Embeds are
shown as a link, never an iframe: the site must work on a closed network and
its Content-Security-Policy allows no other host.
"""

import json

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Rich text")
        template = "blocks/paragraph_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"


class VideoLinkBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video or media URL"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed_block.html"


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = ParagraphBlock(label=_("Answer"))


class FAQBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FAQItemBlock(), **kwargs)

    class Meta:
        icon = "help"
        label = _("Accordion / FAQ")
        template = "blocks/faq_block.html"


class PortalTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    document = DocumentLinkBlock()
    embed = VideoLinkBlock()
    table = PortalTableBlock()
    faq = FAQBlock()


def stream(blocks) -> str:
    """StreamField data given as (type, value) pairs, in raw JSON form (for pages built in code)."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])
