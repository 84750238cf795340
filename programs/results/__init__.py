"""What the programme has achieved, in figures: results pages, charts and open datasets (Article 7's dissemination)."""
