"""Views over the store and the picture: the self-contained HTML report and the web UI.

Article text is untrusted: every template autoescapes, and charts are built from
escaped strings only.
"""
