-- ldexp scales negative mantissas
for e = -3, 3 do print(e, math.ldexp(-0.75, e), math.ldexp(-3, e)) end
