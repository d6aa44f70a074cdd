"""Theo dõi: the home page of each role, and the pictures of a unit, a province and the
country. One module per page family."""

from .home import home

__all__ = ["home"]
