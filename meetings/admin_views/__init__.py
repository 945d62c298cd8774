"""The coordinator's screens for the meetings; ``wagtail_hooks`` registers them. The
meetings themselves are pages, edited in Wagtail's page editor.

Not named ``meetings/admin.py``: Django's admin autodiscovery would import that module.
"""
