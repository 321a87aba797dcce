-- assert passes all its arguments through
print(assert(1, 2, 3))
print(assert("v"))
print(select("#", assert(true, nil, nil)))
