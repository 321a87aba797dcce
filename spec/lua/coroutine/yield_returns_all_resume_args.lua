-- yield returns every argument of the next resume, including nils.
local co = coroutine.create(function()
  print(select("#", coroutine.yield()))
  print(coroutine.yield())
end)
coroutine.resume(co)
coroutine.resume(co, nil, nil, nil) -- expect: 3
coroutine.resume(co, 1, nil, 3) -- expect: 1	nil	3
