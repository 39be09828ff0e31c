"""`python -m lagebild` runs the CLI, so a checkout runs without reinstalling."""
from lagebild.cli import main

if __name__ == "__main__":
    main()
