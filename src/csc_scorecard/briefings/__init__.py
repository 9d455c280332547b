"""Briefings the scrutiny panel asks for: residential placements and section 20."""
