from scriptfmt.cli import main

main()
