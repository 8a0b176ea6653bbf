from dealgraph.cli import main

main()
