"""Plain-Python domain: enums, standard content and rules. Imports nothing of ours but itself."""
