-- uncaught error with nil
error(nil)
