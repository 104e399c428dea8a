"""Stations: the PCs of one shop sharing a database server, and what they tell each other
(calls to pop up, changes for open pages, who is online). Imports db, config and
services.common; no Qt."""
