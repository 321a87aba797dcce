-- table.foreach and foreachi callbacks cannot yield
print(coroutine.resume(coroutine.create(function() table.foreach({ 1 }, function() coroutine.yield() end) end)))
print(coroutine.resume(coroutine.create(function() table.foreachi({ 1 }, function() coroutine.yield() end) end)))
