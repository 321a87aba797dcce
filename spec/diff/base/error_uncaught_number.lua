-- an uncaught number is converted with the position
error(3.5)
